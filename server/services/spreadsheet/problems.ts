/** One thing wrong with an uploaded file, located as precisely as possible. */
export interface Problem {
  sheet?: string;
  /** 1-based row as Excel shows it. */
  row?: number;
  /** Cell address such as D7. */
  cell?: string;
  message: string;
}

/** 'Tabblad ‘3.1 Reikwijdte’, cel D7: …' — where to look first, then what is wrong. */
export function describeProblem(p: Problem): string {
  const where: string[] = [];
  if (p.sheet) where.push(`tabblad ‘${p.sheet}’`);
  if (p.cell) where.push(`cel ${p.cell}`);
  else if (p.row) where.push(`rij ${p.row}`);
  if (where.length === 0) return p.message;
  const text = where.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}: ${p.message}`;
}

/** Column letters as Excel shows them: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const cellAddress = (column: number, row: number): string => `${columnLetter(column)}${row}`;
