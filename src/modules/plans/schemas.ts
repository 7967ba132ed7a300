import { Type } from 'typebox';

export const ReportBody = Type.Object(
  {
    unitId: Type.String({ minLength: 1, maxLength: 100 }),
    period: Type.String({ minLength: 6, maxLength: 10 }),
    status: Type.Union([Type.Literal('not_started'), Type.Literal('in_progress'), Type.Literal('done'), Type.Literal('blocked')]),
    narrative: Type.String({ minLength: 1, maxLength: 20000 }),
    indicators: Type.Record(Type.String({ pattern: '^I-\\d{2}$' }), Type.Number({ minimum: 0 }), { default: {} }),
    evidenceLinks: Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50, default: [] }),
  },
  { additionalProperties: false },
);

export const ReviewBody = Type.Object(
  { decision: Type.Union([Type.Literal('accept'), Type.Literal('return')]), comment: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])) },
  { additionalProperties: false },
);

export const Report = Type.Object({
  id: Type.String(),
  taskId: Type.String(),
  taskCode: Type.String(),
  taskTitle: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  /** Who carries a closed unit's part today (null while the unit itself is valid). */
  carriedBy: Type.Union([Type.Object({ units: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })), isShared: Type.Boolean() }), Type.Null()]),
  period: Type.String(),
  status: Type.String(),
  narrative: Type.String(),
  indicators: Type.Record(Type.String(), Type.Number()),
  evidenceLinks: Type.Array(Type.String()),
  files: Type.Array(Type.Object({ id: Type.String(), fileName: Type.String(), size: Type.Integer() })),
  state: Type.String(),
  submittedBy: Type.String(),
  submittedAt: Type.String(),
  reviewComment: Type.Union([Type.String(), Type.Null()]),
  reviewedBy: Type.Union([Type.String(), Type.Null()]),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
});

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
