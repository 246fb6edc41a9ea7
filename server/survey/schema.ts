import { z } from 'zod';
import { questionModules, questionTypes, type QuestionType } from '../questions/index.ts';
import { actorSchema, slug } from './actorSchema.ts';
import { questionKindsSchema, type QuestionRole } from './questionKinds.ts';
import { refineSurvey } from './refine.ts';

export { type ActorDef, type ActorId } from './actorSchema.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');

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
const questionSchema = z.discriminatedUnion(
  'type',
  questionTypes.map(question) as unknown as [QuestionSchemas[QuestionType], ...QuestionSchemas[QuestionType][]],
);

export const surveySchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    year: z.number().int(),
    fieldwork: z.object({ opens: isoDate, closes: isoDate }).strict(),
    referenceDate: isoDate,
    source: z.string().optional(),
    /** The agreement document the themes' paragraphs refer to, as a sentence ends: 'de Hervormingsagenda Jeugd'. */
    agreementDocument: z.string().min(1).optional(),
    /**
     * How question ids are built, e.g. '<actor>.<theme>.<nn>': <actor> is one of the question's
     * actor kinds, <theme> its theme, <nn> two digits; anything else is literal.
     */
    questionIdFormat: z.string().min(1).optional(),
    /** Every required question's `openAtSubmit` unless it says otherwise. */
    openAtSubmit: z.enum(['refuse', 'confirm']).default('refuse'),
    actors: z.array(actorSchema).min(1),
    questionKinds: questionKindsSchema,
    /** Demo mode: a respondent account per entry, so a fresh install can be tried at once. */
    demoRespondents: z.array(z.object({
      email: z.email(), organisation: z.string().min(1), description: z.string().min(1),
      /** Also 'vaststeller' (approves the organisation's answers when a wave asks for sign-off). */
      signOff: z.boolean().optional(),
    }).strict()).default([]),
    themes: z.array(z.object({
      id: slug, number: z.string(), title: z.string(),
      /** A short introduction for respondents, shown above the theme's questions. */
      intro: z.string().min(1).optional(),
      /** The paragraph of the survey's agreementDocument the theme's agreements come from, e.g. '2.2' (only when the source says so). */
      paragraph: z.string().min(1).optional(),
    }).strict()).min(1),
    questions: z.array(questionSchema).min(1),
    /**
     * The survey this one follows year after year (its waves name a wave of it as their previous
     * wave), and the municipal mergers between the two (a CSV relative to the definition's folder).
     */
    previous: z.object({
      survey: slug,
      mergers: z.string().regex(/\.csv$/, 'een .csv-bestand').optional(),
    }).strict().optional(),
  })
  .strict()
  .superRefine(refineSurvey)
  // Each question carries the role its kind has, so the monitor asks `q.role`, never a kind's name.
  .transform((s) => ({
    ...s,
    questions: s.questions.map((q) => ({ ...q, role: (s.questionKinds[q.kind]?.role ?? 'informative') as QuestionRole })),
  }));

export type Survey = z.infer<typeof surveySchema>;
export type Question = Survey['questions'][number];
export type Theme = Survey['themes'][number];
