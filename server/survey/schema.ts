import { z } from 'zod';
import { questionModules, type QuestionType } from '../questions/index.ts';
import { numberShape } from '../questions/numberQuestion.ts';
import { optionsShape } from '../questions/optionsShape.ts';

export const actorIds = ['rijk', 'vng', 'regio', 'gemeente', 'bgzj', 'sbj', 'kbl'] as const;
export type ActorId = (typeof actorIds)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const slug = z.string().regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en -');

const baseQuestion = {
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+\.\d{2}$/, 'id als <actor>.<thema>.<nn>'),
  actorKinds: z.array(z.enum(actorIds)).min(1),
  theme: slug,
  /** afspraak = agreement row of a report table; beleving = chapter 4; the rest are informative. */
  kind: z.enum(['afspraak', 'informatief', 'vervolg', 'beleving']),
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
  /** Wording reconstructed from the report's prose, not printed as a table row. */
  reconstructed: z.boolean().default(false),
  help: z.string().optional(),
  source: z.string().optional(),
};

const question = <T extends QuestionType, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ ...baseQuestion, type: z.literal(type), ...shape }).strict();

// Each type's extra fields come from its module (options for choices, min/max/unit for numbers).
const questionSchema = z.discriminatedUnion('type', [
  question('status', {}),
  question('janee', {}),
  question('schaal5', {}),
  question('keuze', optionsShape),
  question('meerkeuze', optionsShape),
  question('getal', numberShape),
  question('percentage', numberShape),
  question('bedrag', numberShape),
  question('tekst', {}),
]);

export const surveySchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    year: z.number().int(),
    fieldwork: z.object({ opens: isoDate, closes: isoDate }).strict(),
    referenceDate: isoDate,
    source: z.string().optional(),
    actors: z
      .array(
        z
          .object({
            id: z.enum(actorIds),
            label: z.string(),
            labelPlural: z.string(),
            /** One organisation of this kind (Rijk, VNG, …): tables show its answer, not percentages. */
            single: z.boolean(),
            reportedQuestionCount: z.number().int().optional(),
          })
          .strict(),
      )
      .min(1),
    themes: z.array(z.object({ id: slug, number: z.string(), title: z.string() }).strict()).min(1),
    questions: z.array(questionSchema).min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.fieldwork.closes < s.fieldwork.opens) {
      ctx.addIssue({ code: 'custom', path: ['fieldwork', 'closes'], message: 'sluitdatum ligt voor de openingsdatum' });
    }
    const themes = new Set(s.themes.map((t) => t.id));
    const actors = new Set(s.actors.map((a) => a.id));
    const byId = new Map<string, (typeof s.questions)[number]>();
    s.questions.forEach((q, i) => {
      const at = (field: string) => ['questions', i, field];
      if (byId.has(q.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `dubbele id ${q.id}` });
      byId.set(q.id, q);
      if (!themes.has(q.theme)) ctx.addIssue({ code: 'custom', path: at('theme'), message: `onbekend thema ${q.theme}` });
      if (q.themeRef && !themes.has(q.themeRef)) {
        ctx.addIssue({ code: 'custom', path: at('themeRef'), message: `onbekend thema ${q.themeRef}` });
      }
      for (const a of q.actorKinds) {
        if (!actors.has(a)) ctx.addIssue({ code: 'custom', path: at('actorKinds'), message: `onbekende actor ${a}` });
      }
      if ('min' in q && q.min !== undefined && q.max !== undefined && q.min > q.max) {
        ctx.addIssue({ code: 'custom', path: at('max'), message: 'max is kleiner dan min' });
      }
    });
    s.questions.forEach((q, i) => {
      if (!q.condition) return;
      const target = byId.get(q.condition.question);
      const path = ['questions', i, 'condition', 'question'];
      if (!target) {
        ctx.addIssue({ code: 'custom', path, message: `voorwaarde verwijst naar onbekende vraag ${q.condition.question}` });
        return;
      }
      if (target.theme !== q.theme || target.actorKinds.join() !== q.actorKinds.join()) {
        ctx.addIssue({ code: 'custom', path, message: 'voorwaarde moet naar een vraag van hetzelfde thema en dezelfde actoren verwijzen' });
      }
      const codes = new Set((questionModules[target.type].options(target) ?? []).map((o) => o.code));
      q.condition.equals.forEach((c, j) => {
        if (!codes.has(c)) {
          ctx.addIssue({ code: 'custom', path: ['questions', i, 'condition', 'equals', j], message: `onbekende optie ${c} van ${target.id}` });
        }
      });
    });
  });

export type Survey = z.infer<typeof surveySchema>;
export type Question = Survey['questions'][number];
export type Theme = Survey['themes'][number];
export type ActorDef = Survey['actors'][number];
