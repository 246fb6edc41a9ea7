import type { ActorId } from '../../../survey/schema.ts';
import type { SegmentFilter } from './segments.ts';
import type { ActorTable, Chosen } from './tables.ts';
import type { InformativeStat } from './informative.ts';

export interface ThemeTables {
  id: string;
  number: string;
  title: string;
  tables: ActorTable[];
  informative: InformativeStat[];
}

export interface BehindScheduleItem {
  questionId: string;
  actor: ActorId;
  actorLabel: string;
  themeId: string;
  themeTitle: string;
  text: string;
  planning: string;
  /** YYYY-MM-DD: by when it should be done ('Klaar', 'In') or started ('Start'). */
  dueDate: string;
  expects: 'afgerond' | 'begonnen';
  /** Single organisation: its answer; gemeenten/regio's: null (see behindPercent). */
  answer: Chosen | null;
  n: number;
  behindPercent: number | null;
  /**
   * Nobody (of those who count) answered, and the planning's date has passed: 'geen antwoord,
   * deadline verstreken'. Not a finding that it is behind; listed so it is not left out either.
   */
  unanswered: boolean;
}

/** An agreement asked of several actors, their answers side by side. */
export interface SharedAgreement {
  key: string;
  themeId: string;
  text: string;
  members: { actor: ActorId; actorLabel: string; questionId: string; planning: string | null; answer: Chosen | null; n: number }[];
  /** At least two actors that both answered gave a different answer (a missing answer never differs). */
  differs: boolean;
  /** Labels of the actors that gave no answer yet ('nog geen antwoord van VNG'); empty when all answered. */
  unansweredBy: string[];
}

export interface WaveTables {
  waveId: string;
  surveyId: string;
  title: string;
  /** YYYY-MM-DD: the date the answers describe; planning dates are compared with it. */
  referenceDate: string;
  filter: SegmentFilter;
  /** A segment (inhabitants, province, region) is chosen: small groups are suppressed. */
  segmented: boolean;
  minGroupSize: number;
  /** Per actor kind: organisations counted (with at least one answer). */
  respondents: { actor: ActorId; label: string; n: number }[];
  themes: ThemeTables[];
  behindSchedule: BehindScheduleItem[];
  agreements: SharedAgreement[];
}
