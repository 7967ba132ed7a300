import { Type } from 'typebox';

/** A comment as the topics panel names it: its receipt code and the start of its text (the id only to answer it). */
export const TopicComment = Type.Object({
  commentId: Type.String(),
  receiptCode: Type.String(),
  excerpt: Type.String(),
  /** Comments it stands for in this article: 1, or the members of its campaign. */
  signers: Type.Integer(),
});

export const TopicPhrase = Type.Object({ text: Type.String(), count: Type.Integer() });

/** Comments of an article arguing one point, labelled by their key phrases. */
export const TopicGroup = Type.Object({
  label: Type.Array(Type.String()),
  size: Type.Integer(),
  signers: Type.Integer(),
  representative: TopicComment,
  members: Type.Array(TopicComment),
  /** Members beyond those listed. */
  more: Type.Integer(),
});

export const TopicArticle = Type.Object({
  anchor: Type.String(),
  label: Type.String(),
  /** Comments to answer, arguments (a campaign once), and arguments analysed (at most maxPerArticle). */
  comments: Type.Integer(),
  arguments: Type.Integer(),
  analysed: Type.Integer(),
  phrases: Type.Array(TopicPhrase),
  groups: Type.Array(TopicGroup),
  /** Groups beyond those listed, and analysed arguments no other comment makes. */
  moreGroups: Type.Integer(),
  alone: Type.Integer(),
});

/** Response of GET /api/v1/rounds/{id}/topics. */
export const TopicsView = Type.Object({
  maxPerArticle: Type.Integer(),
  articles: Type.Array(TopicArticle),
});
