import { Type } from 'typebox';

export const IsoDateParam = Type.String({ format: 'date', description: 'Ngày tra cứu (YYYY-MM-DD); mặc định hôm nay' });

const nodeProps = {
  id: Type.String(),
  name: Type.String(),
  shortName: Type.Union([Type.String(), Type.Null()]),
  type: Type.String(),
  typeLabel: Type.String(),
  level: Type.String(),
  levelLabel: Type.String(),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
};
/** A unit of the tree with the units under it. */
export const OrgNode = Type.Cyclic({ OrgNode: Type.Object({ ...nodeProps, children: Type.Array(Type.Ref('OrgNode')) }) }, 'OrgNode');

export const UnitRef = Type.Object({ id: Type.String(), name: Type.String() });
const Link = Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), effectiveOn: Type.String() });

export const UnitDetail = Type.Object({
  ...nodeProps,
  parentId: Type.Union([Type.String(), Type.Null()]),
  parentName: Type.Union([Type.String(), Type.Null()]),
  abbreviations: Type.Array(Type.String()),
  otherNames: Type.Array(Type.String()),
  place: Type.Union([Type.String(), Type.Null()]),
  successors: Type.Array(Link),
  predecessors: Type.Array(Link),
  /** Today: who carries this unit's work (itself while it is valid), and how that was decided. */
  work: Type.Object({
    carriers: Type.Array(UnitRef),
    isOverridden: Type.Boolean(),
    isShared: Type.Boolean(),
    /** The closed units whose work this unit carries today. */
    inherited: Type.Array(UnitRef),
    decisions: Type.Array(Type.Object({ to: UnitRef, effectiveOn: Type.String(), reason: Type.String() })),
  }),
});

export const WorkCarrierBody = Type.Object(
  {
    toId: Type.String({ minLength: 1, maxLength: 100 }),
    effectiveOn: Type.String({ format: 'date' }),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);

export const Person = Type.Object({
  id: Type.String(),
  fullName: Type.String(),
  title: Type.Union([Type.String(), Type.Null()]),
  unitId: Type.String(),
  unitName: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
});

const personFields = {
  fullName: Type.String({ minLength: 1, maxLength: 200 }),
  title: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  unitId: Type.String({ minLength: 1, maxLength: 100 }),
  email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 200 }), Type.Literal(''), Type.Null()])),
  phone: Type.Optional(Type.Union([Type.String({ maxLength: 30 }), Type.Null()])),
};
export const PersonCreate = Type.Object(personFields, { additionalProperties: false });
export const PersonPatch = Type.Partial(Type.Object(personFields, { additionalProperties: false }));
