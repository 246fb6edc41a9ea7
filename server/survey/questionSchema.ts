// The question schema on its own: common fields plus each registered question type's own fields.
import { z } from 'zod';
import { questionModules, questionTypes, type QuestionType } from '../questions/index.ts';
import { slug } from './actorSchema.ts';

// Actor kinds, themes and the id format are the definition's own: refine.ts checks references.
const baseQuestion = {
  id: z.string().regex(/^[a-z0-9.-]+$/, 'id: alleen kleine letters, cijfers, . en -'),
  actorKinds: z.array(slug).min(1),
  theme: slug,
  /** One of the definition's `questionKinds` (which gives it its role in the monitor). */
  kind: slug,
  text: z.string().min(1),
  /** Planning column 'Planning HA/IP (indien bekend)': metadata, not asked. */
  planning: z.string().min(1).nullable().default(null),
  agreementKey: slug.optional(),
  parallelKey: slug.optional(),
  /** The theme a beleving item is about. */
  themeRef: slug.optional(),
  /** Offers the optional `<id>.toelichting` field. */
  explanation: z.boolean().default(false),
  condition: z
    .object({ question: z.string(), equals: z.array(z.string()).min(1) })
    .strict()
    .optional(),
  required: z.boolean().default(true),
  /**
   * A required question left open at submit: 'refuse' the submit, or 'confirm' (say it is open and
   * ask the respondent to confirm, as the 2024 questionnaire let respondents submit with blanks).
   * Absent: the survey's `openAtSubmit`.
   */
  openAtSubmit: z.enum(['refuse', 'confirm']).optional(),
  /** Wording reconstructed from the report's prose, not printed as a table row. */
  reconstructed: z.boolean().default(false),
  help: z.string().optional(),
  source: z.string().optional(),
  /**
   * The question of the previous wave's survey this one continues (its trend): by default the
   * question with the same id, when there is one; null for a new question without a trend.
   */
  continues: z.string().min(1).nullable().optional(),
};

type Modules = typeof questionModules;
type Shape<T extends QuestionType> =
  typeof baseQuestion & { type: z.ZodLiteral<T> } & Modules[T]['definitionShape'] extends infer S extends z.ZodRawShape ? S : never;
type QuestionSchemas = { [T in QuestionType]: z.ZodObject<Shape<T>, z.core.$strict> };

/** One question of one type: the common fields and the extra fields its module declares. */
const question = <T extends QuestionType>(type: T): QuestionSchemas[T] =>
  z.object({ ...baseQuestion, type: z.literal(type), ...questionModules[type].definitionShape }).strict() as unknown as QuestionSchemas[T];

// Built from the registry: a new type in server/questions/ is a new member of this union.
export const questionSchema = z.discriminatedUnion(
  'type',
  questionTypes.map(question) as unknown as [QuestionSchemas[QuestionType], ...QuestionSchemas[QuestionType][]],
);
