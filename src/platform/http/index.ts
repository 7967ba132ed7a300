export * from './app';
export * from './problem';
