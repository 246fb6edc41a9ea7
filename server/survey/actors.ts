import type { ActorDef, Survey } from './schema.ts';

/**
 * Questions about a survey's actor kinds, answered from the traits the definition declares:
 * the engine never names a kind ('gemeente', 'regio', …) itself.
 */
export const actorOf = (survey: Survey, kind: string): ActorDef | undefined => survey.actors.find((a) => a.id === kind);

/** Organisations of this kind answer this survey (an organisation answers every survey that lists its kind). */
export const answersSurvey = (survey: Survey, kind: string): boolean => actorOf(survey, kind) !== undefined;

/** Kinds that govern an area with inhabitants: segmented by size, province and region; with a dashboard. */
export const areaKinds = (survey: Survey): string[] => survey.actors.filter((a) => a.area).map((a) => a.id);

/** Area kinds that lie in a region kind (the gemeente): sorted by municipality size and urbanisation. */
export const areaMemberKinds = (survey: Survey): string[] =>
  survey.actors.filter((a) => a.area && a.partOf !== undefined).map((a) => a.id);

/**
 * These kinds with the ones that lie in another kind first (gemeenten, then jeugdhulpregio's):
 * the order in which forms and texts name them.
 */
export const membersFirst = (survey: Survey, kinds: string[]): string[] => [
  ...kinds.filter((k) => actorOf(survey, k)?.partOf !== undefined),
  ...kinds.filter((k) => actorOf(survey, k)?.partOf === undefined),
];

/** The area kinds, members first (gemeenten, then jeugdhulpregio's). */
export const areaKindsMembersFirst = (survey: Survey): string[] => membersFirst(survey, areaKinds(survey));

/** 'gemeenten en jeugdhulpregio's': the plural labels of these kinds, lower case, for running text. */
export function kindsText(survey: Survey, kinds: readonly string[]): string {
  const names = kinds.map((k) => (actorOf(survey, k)?.labelPlural ?? k).toLowerCase());
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : (names[0] ?? '');
}

/** The kind others lie in (the jeugdhulpregio of a gemeente), or undefined when none is declared. */
export function regionKind(survey: Survey): string | undefined {
  return survey.actors.find((a) => a.partOf !== undefined)?.partOf;
}

/** The kinds that lie in `kind` (the gemeenten of a region kind). */
export const memberKinds = (survey: Survey, kind: string): string[] => survey.actors.filter((a) => a.partOf === kind).map((a) => a.id);

/** Every actor kind of every survey, in definition order, each once (for organisation admin). */
export function allActorKinds(surveys: Iterable<Survey>): string[] {
  return [...new Set([...surveys].flatMap((s) => s.actors.map((a) => a.id)))];
}

/** Every actor kind of every survey, each once (its first definition), for organisation import. */
export function allActors(surveys: Iterable<Survey>): ActorDef[] {
  const byId = new Map<string, ActorDef>();
  for (const s of surveys) for (const a of s.actors) if (!byId.has(a.id)) byId.set(a.id, a);
  return [...byId.values()];
}

/** Kinds others lie in (a `partOf` of some kind): their organisations are their own region. */
export function allRegionKinds(surveys: Iterable<Survey>): string[] {
  return [...new Set([...surveys].flatMap((s) => s.actors.flatMap((a) => (a.partOf === undefined ? [] : [a.partOf]))))];
}

/** Kinds with many organisations (not `single`): what a scaled benchmark copies. */
export const pluralKinds = (survey: Survey): string[] => survey.actors.filter((a) => !a.single).map((a) => a.id);
