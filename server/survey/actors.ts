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

/** Kinds with many organisations (not `single`): what a scaled benchmark copies. */
export const pluralKinds = (survey: Survey): string[] => survey.actors.filter((a) => !a.single).map((a) => a.id);
