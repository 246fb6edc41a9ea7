import { z } from 'zod';

export const slug = z.string().regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en -');

/** The organisation fields a reference CSV can fill (`actor_kind` narrows a file shared by kinds). */
export const referenceFields = ['code', 'name', 'actor_kind', 'inhabitants', 'province_code', 'province_name', 'region_code'] as const;

/**
 * Where the organisations of an actor kind are listed: a CSV, relative to the definition's folder.
 * `columns` maps a field to the CSV's header when the names differ.
 */
const organisationsSchema = z
  .object({
    file: z.string().regex(/\.csv$/, 'een .csv-bestand'),
    columns: z.partialRecord(z.enum(referenceFields), z.string().min(1)).default({}),
  })
  .strict();

/**
 * One kind of respondent organisation. The engine knows no kind by name: everything it needs
 * to treat kinds differently is a trait declared here. The order of the list is the order of
 * the response table (table 1.3 of the 2024 report) and of every other per-kind listing.
 */
export const actorSchema = z
  .object({
    id: slug,
    label: z.string(),
    labelPlural: z.string(),
    /** How the response table names the party, when not by `labelPlural`. */
    reportLabel: z.string().min(1).optional(),
    /** One organisation of this kind (Rijk, VNG, …): tables show its answer, not percentages. */
    single: z.boolean(),
    /**
     * The 'Aantal vragen' a report printed, kept for reference only: the response table counts the
     * questions the definition asks this kind.
     */
    reportedQuestionCount: z.number().int().optional(),
    /**
     * Organisations of this kind govern an area with inhabitants (gemeente, jeugdhulpregio): the
     * monitor segments them by size, province and region and offers them a dashboard.
     */
    area: z.boolean().default(false),
    /** Each organisation of this kind lies in one organisation of that kind (a gemeente in its region). */
    partOf: slug.optional(),
    /** Other names an organisation file may use for this kind in its 'soort' column (besides id and labels). */
    aliases: z.array(z.string().min(1)).optional(),
    organisations: organisationsSchema.optional(),
  })
  .strict();

export type ActorDef = z.infer<typeof actorSchema>;
export type ActorId = string;
