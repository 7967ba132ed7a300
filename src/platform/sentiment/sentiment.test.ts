import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDefaultModel } from './build-default-model';
import { checkSentimentModel, DEFAULT_MODEL, evaluate, lexiconModel, loadSentimentCorpus, scoreSentiment, seedLexicon, trainSentiment } from './index';

const LEXICON_ONLY = lexiconModel();
/** Rules are checked on the lexicon-only model, whose decisions come from the lexicon and the rules alone. */
const rule = (text: string) => scoreSentiment(text, LEXICON_ONLY);
const cueWeight = (text: string, cue: string) => rule(text).cues.find((c) => c.text.toLowerCase().includes(cue))?.weight ?? 0;

describe('rules', () => {
  it('negation flips, also written without accents or in teen code', () => {
    expect(rule('Dịch vụ ở đây tốt.').label).toBe('positive');
    for (const text of ['Dịch vụ ở đây không tốt.', 'Dịch vụ chẳng tốt gì.', 'Dịch vụ chưa tốt.', 'dich vu o day khong tot', 'dv o day ko tot', 'Thái độ không hề niềm nở.']) {
      expect(rule(text).label, text).toBe('negative');
    }
    expect(rule('Đường không hề xuống cấp.').label).toBe('positive');
    expect(rule('Không có thiệt hại về người.').label).toBe('positive');
    expect(cueWeight('Dịch vụ không tốt.', 'không tốt')).toBeLessThan(0);
  });

  it('negation flips every one-word entry of the seed lexicon (property)', () => {
    const singles = Object.entries(seedLexicon()).filter(([phrase, w]) => w !== 0 && !phrase.includes(' '));
    fc.assert(
      fc.property(fc.constantFrom(...singles), fc.constantFrom('không', 'chẳng', 'chưa', 'không hề', 'ko'), ([word, weight], negator) => {
        const plain = rule(`Việc này ${word}.`);
        const negated = rule(`Việc này ${negator} ${word}.`);
        expect(Math.sign(plain.score), word).toBe(Math.sign(weight));
        expect(Math.sign(negated.score), `${negator} ${word}`).toBe(-Math.sign(weight));
      }),
      { numRuns: 300 },
    );
  });

  it('negation stays inside its clause and its window', () => {
    expect(cueWeight('Không mưa, đường vẫn tốt.', 'tốt')).toBeGreaterThan(0);
    expect(cueWeight('Không biết vì sao hôm nay mọi thứ đều tốt.', 'tốt')).toBeGreaterThan(0);
  });

  it('intensifiers strengthen and weaken, before or after the word', () => {
    const plain = cueWeight('Đường đẹp.', 'đẹp');
    expect(cueWeight('Đường rất đẹp.', 'đẹp')).toBeGreaterThan(plain);
    expect(cueWeight('Đường đẹp lắm.', 'đẹp')).toBeGreaterThan(plain);
    expect(cueWeight('Đường cực kỳ đẹp.', 'đẹp')).toBeGreaterThan(cueWeight('Đường rất đẹp.', 'đẹp'));
    expect(cueWeight('Đường hơi đẹp.', 'đẹp')).toBeLessThan(plain);
    expect(cueWeight('Đường hơi đẹp.', 'đẹp')).toBeGreaterThan(0);
    expect(rule('Đường rất đẹp.').score).toBeGreaterThan(rule('Đường đẹp.').score);
    // "không quá tệ": the negated intensifier softens, it does not turn into praise
    const notTooBad = cueWeight('Dịch vụ không quá tệ.', 'tệ');
    expect(notTooBad).toBeGreaterThan(0);
    expect(notTooBad).toBeLessThan(-cueWeight('Dịch vụ tệ.', 'tệ') * 0.5);
  });

  it('the clause after "nhưng" / "tuy nhiên" weighs more, a "mặc dù" clause less', () => {
    expect(rule('Đường đẹp nhưng bụi.').label).toBe('negative');
    expect(rule('Đường bụi nhưng đẹp.').label).toBe('positive');
    expect(rule('Hồ sơ nhiều. Tuy nhiên cán bộ hướng dẫn tận tình.').label).toBe('positive');
    expect(cueWeight('Mặc dù đẹp, đường vẫn bụi.', 'đẹp')).toBeLessThan(cueWeight('Đường đẹp.', 'đẹp'));
  });

  it('questions and hedges soften what they carry', () => {
    expect(Math.abs(cueWeight('Có phải dịch vụ tệ?', 'tệ'))).toBeLessThan(Math.abs(cueWeight('Dịch vụ tệ.', 'tệ')));
    expect(Math.abs(cueWeight('Nghe nói dịch vụ tệ.', 'tệ'))).toBeLessThan(Math.abs(cueWeight('Dịch vụ tệ.', 'tệ')));
    // the question mark belongs to the clause after "nhưng", not to the one before it
    expect(Math.abs(cueWeight('Đường đẹp nhưng sao vẫn bụi?', 'bụi'))).toBeLessThan(Math.abs(cueWeight('Đường đẹp nhưng vẫn bụi.', 'bụi')));
    expect(cueWeight('Đường đẹp nhưng sao vẫn bụi?', 'đẹp')).toBe(cueWeight('Đường đẹp nhưng vẫn bụi.', 'đẹp'));
    expect(rule('Tốt… nhưng chậm').cues.map((c) => c.text)).toEqual(['chậm', 'Tốt']);
  });

  it('reads unaccented single syllables only when they cannot mean something else', () => {
    expect(rule('UBND tỉnh ban hành quyết định mới.').cues).toEqual([]); // "ban" is not "bẩn" in accented text
    expect(rule('chinh sach nay ban hanh nam ngoai').cues).toEqual([]);
    expect(rule('duong lang gio dep lam').label).toBe('positive');
    expect(rule('Phòng, chống tham nhũng là nhiệm vụ thường xuyên.').label).toBe('neutral');
    expect(rule('Không khí trong lành.').label).toBe('positive'); // "không khí" is air, not a negation
  });

  it('cues are stretches of the text that decided', () => {
    const text = 'Cán bộ xã làm việc rất tận tình, nhưng thủ tục vẫn rườm rà.';
    const r = scoreSentiment(text);
    expect(r.cues.map((c) => c.text)).toEqual(expect.arrayContaining(['rất tận tình', 'rườm rà']));
    for (const c of r.cues) expect(text).toContain(c.text);
  });
});

describe('model', () => {
  it('always answers a label with a score in [-1, 1] and a confidence in [1/3, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('', 'tốt', 'không tốt', 'rất tệ', 'nhưng', '?'), (noise, word) => {
        const r = scoreSentiment(`${noise} ${word}`);
        expect(['positive', 'neutral', 'negative']).toContain(r.label);
        expect(r.score).toBeGreaterThanOrEqual(-1);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.confidence).toBeGreaterThanOrEqual(1 / 3 - 1e-9);
        expect(r.confidence).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('survives a JSON round trip (as stored in the database) with identical results', () => {
    const copy = JSON.parse(JSON.stringify(DEFAULT_MODEL));
    for (const t of loadSentimentCorpus('train').slice(0, 40)) expect(scoreSentiment(t.text, copy)).toEqual(scoreSentiment(t.text));
  });

  it('the shipped JSON is the model trained on the train split (rebuild with build-default-model.ts)', () => {
    expect(buildDefaultModel()).toEqual(DEFAULT_MODEL);
  });

  it('learns from a reviewer correction without forgetting the rest', () => {
    const corrected = { text: 'Cổng dịch vụ công lag như rùa bò.', label: 'negative' as const };
    expect(scoreSentiment(corrected.text).label).not.toBe('negative'); // the shipped model gets it wrong
    const retrained = trainSentiment([corrected], DEFAULT_MODEL);
    expect(scoreSentiment(corrected.text, retrained).label).toBe(corrected.label);
    const train = loadSentimentCorpus('train');
    expect(evaluate(retrained, train).accuracy).toBeGreaterThan(evaluate(DEFAULT_MODEL, train).accuracy - 0.02);
    expect(trainSentiment([corrected], DEFAULT_MODEL)).toEqual(retrained); // deterministic
  });

  it('evaluates with a confusion matrix of truth × prediction', () => {
    const examples = [
      { text: 'Rất tốt, cảm ơn.', label: 'positive' as const },
      { text: 'Tệ quá.', label: 'negative' as const },
      { text: 'Họp lúc 8 giờ.', label: 'neutral' as const },
      { text: 'Tuyệt vời.', label: 'negative' as const },
    ];
    const e = evaluate(LEXICON_ONLY, examples);
    expect(e.accuracy).toBe(0.75);
    expect(e.confusion.negative.positive).toBe(1);
    expect(Object.values(e.confusion).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0)).toBe(4);
    // F1: positive 2/3, neutral 1, negative 2/3
    expect(e.macroF1).toBeCloseTo((2 / 3 + 1 + 2 / 3) / 3, 6);
  });

  it('the evaluation set is balanced, and no held-out text is in the train split', () => {
    const train = loadSentimentCorpus('train');
    const heldout = loadSentimentCorpus('heldout');
    expect(train.length + heldout.length).toBeGreaterThanOrEqual(600);
    const seen = new Set(train.map((t) => t.text));
    expect(heldout.filter((t) => seen.has(t.text))).toEqual([]);
    for (const split of [train, heldout]) {
      const counts = ['positive', 'neutral', 'negative'].map((l) => split.filter((t) => t.label === l).length);
      expect(Math.min(...counts) / Math.max(...counts)).toBeGreaterThan(0.8);
    }
  });
});

describe('checkSentimentModel', () => {
  it('accepts a stored model and refuses anything else', () => {
    expect(checkSentimentModel(JSON.parse(JSON.stringify(DEFAULT_MODEL)))).toEqual(DEFAULT_MODEL);
    for (const bad of [null, {}, { ...DEFAULT_MODEL, bias: [0, 1] }, { ...DEFAULT_MODEL, weights: { x: [1, 2, 'a'] } }, { ...DEFAULT_MODEL, lexicon: { tốt: NaN } }]) {
      expect(() => checkSentimentModel(bad)).toThrow('not a sentiment model');
    }
  });
});
