// The part of the npm package `minhash` 0.0.9 the near-dup benchmark compares against (the package ships no types).
declare module 'minhash' {
  export class Minhash {
    constructor(config?: { numPerm?: number; seed?: number });
    hashvalues: number[];
    update(shingle: string): void;
    jaccard(other: Minhash): number;
  }
}
