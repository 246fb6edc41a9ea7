import type { z } from 'zod';
import { questionModules, type QuestionType } from '../questions/index.ts';
import type { OptionDef } from '../questions/types.ts';
import { idPattern } from './idPattern.ts';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

// The parsed shape as far as the checks need it (refine.ts must not import schema.ts: a cycle).
interface Q {
  id: string;
  kind: string;
  type: QuestionType;
  actorKinds: string[];
  theme: string;
  themeRef?: string | undefined;
  condition?: { question: string; equals: string[] } | undefined;
  min?: number | undefined;
  max?: number | undefined;
  options?: OptionDef[] | undefined;
  required: boolean;
}
interface S {
  fieldwork: { opens: string; closes: string };
  questionIdFormat?: string | undefined;
  questionKinds: Record<string, unknown>;
  actors: { id: string; partOf?: string | undefined }[];
  themes: { id: string }[];
  questions: Q[];
}

const add = (ctx: Ctx, path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

function refineActors(s: S, ctx: Ctx, actors: Set<string>): void {
  const seen = new Set<string>();
  s.actors.forEach((a, i) => {
    if (seen.has(a.id)) add(ctx, ['actors', i, 'id'], `dubbele actor ${a.id}`);
    seen.add(a.id);
    if (a.partOf !== undefined && (!actors.has(a.partOf) || a.partOf === a.id)) {
      add(ctx, ['actors', i, 'partOf'], `onbekende actor ${a.partOf}`);
    }
  });
}

function refineQuestions(s: S, ctx: Ctx, actors: Set<string>, byId: Map<string, Q>): void {
  const themes = new Set(s.themes.map((t) => t.id));
  s.questions.forEach((q, i) => {
    const at = (field: string) => ['questions', i, field];
    if (byId.has(q.id)) add(ctx, at('id'), `dubbele id ${q.id}`);
    byId.set(q.id, q);
    if (!themes.has(q.theme)) add(ctx, at('theme'), `onbekend thema ${q.theme}`);
    if (!Object.hasOwn(s.questionKinds, q.kind)) add(ctx, at('kind'), `onbekende soort vraag ${q.kind} (zie questionKinds)`);
    if (q.themeRef && !themes.has(q.themeRef)) add(ctx, at('themeRef'), `onbekend thema ${q.themeRef}`);
    q.actorKinds.forEach((a, j) => {
      if (!actors.has(a)) add(ctx, ['questions', i, 'actorKinds', j], `onbekende actor ${a}`);
    });
    if (s.questionIdFormat && !idPattern(s.questionIdFormat, q).test(q.id)) {
      add(ctx, at('id'), `id ${q.id} volgt niet het patroon ${s.questionIdFormat}`);
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) add(ctx, at('max'), 'max is kleiner dan min');
  });
}

function refineConditions(s: S, ctx: Ctx, byId: Map<string, Q>): void {
  s.questions.forEach((q, i) => {
    if (!q.condition) return;
    const target = byId.get(q.condition.question);
    const path = ['questions', i, 'condition', 'question'];
    if (!target) return add(ctx, path, `voorwaarde verwijst naar onbekende vraag ${q.condition.question}`);
    if (target.theme !== q.theme || target.actorKinds.join() !== q.actorKinds.join()) {
      add(ctx, path, 'voorwaarde moet naar een vraag van hetzelfde thema en dezelfde actoren verwijzen');
    }
    const codes = new Set((questionModules[target.type].options(target) ?? []).map((o) => o.code));
    q.condition.equals.forEach((c, j) => {
      if (!codes.has(c)) add(ctx, ['questions', i, 'condition', 'equals', j], `onbekende optie ${c} van ${target.id}`);
    });
  });
}

/** Cross-references within one definition, each fault with its JSON path (Dutch messages). */
export function refineSurvey(s: S, ctx: Ctx): void {
  if (s.fieldwork.closes < s.fieldwork.opens) add(ctx, ['fieldwork', 'closes'], 'sluitdatum ligt voor de openingsdatum');
  const actors = new Set(s.actors.map((a) => a.id));
  const byId = new Map<string, Q>();
  refineActors(s, ctx, actors);
  refineQuestions(s, ctx, actors, byId);
  refineConditions(s, ctx, byId);
}
