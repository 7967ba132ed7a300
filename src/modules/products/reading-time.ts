import { WORDS_PER_MINUTE } from './labels';

/** Words of a Vietnamese text: each syllable written apart counts as one, as an announcer reads it. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** How long a text takes to read aloud at ~150 words a minute, rounded up to 5 seconds, and how to say it. */
export function readingTime(text: string): { words: number; seconds: number; label: string } {
  const words = countWords(text);
  const seconds = words === 0 ? 0 : Math.ceil((words * 60) / WORDS_PER_MINUTE / 5) * 5;
  return { words, seconds, label: durationLabel(seconds) };
}

/** "1 phút 20 giây", "45 giây", "3 phút". */
export function durationLabel(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} giây`;
  return s === 0 ? `${m} phút` : `${m} phút ${s} giây`;
}
