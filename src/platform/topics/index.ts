/**
 * Topics of consultation comments (issue 13, item 4): key phrases per article (Vietnamese syllable n-grams of 1 to
 * 4 syllables, never across punctuation, never edged by a stopword, accented and accent-less writings counted
 * together, shown in their most frequent accented writing) and groups of comments arguing the same point in
 * different words. Pure and deterministic; import from 'src/platform/topics' only.
 */
export { RoundTopics, analyseTopics, TOPIC_DEFAULTS, type ArticleTopics, type ArgumentGroup, type TopicOptions } from './analyser';
export type { KeyPhrase } from './phrases';
export { FUNCTION_WORDS, CONSULTATION_WORDS, REFERENCE_WORDS } from './stopwords';
