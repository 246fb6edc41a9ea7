// The closing lines every Dutch e-mail text ends with, shared by the template files.

export const signature = (site: string) => `\n\nMet vriendelijke groet,\nDe coördinatie van de ${site}`;
