/** Topics of a consultation round (issue 13, item 4): key phrases and groups of comments arguing one point, per article. */
export { topicRoutes } from './routes';
export { topicsOfRound, MAX_ARGUMENTS_PER_ARTICLE } from './analyse';
