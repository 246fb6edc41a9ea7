/** The hidden sheet of option lists the offline workbook's drop-downs refer to. */
import type { Worksheet } from 'exceljs';
import type { OptionDef } from '../../questions/index.ts';
import { LISTS_SHEET } from './layout.ts';

/** One column per distinct option list on the hidden sheet; drop-downs refer to it. */
export class OptionLists {
  private readonly ranges = new Map<string, string>();
  constructor(private readonly ws: Worksheet) {}
  listRange(options: OptionDef[]): string {
    const labels = options.map((o) => o.label);
    const key = labels.join('\u0000');
    let range = this.ranges.get(key);
    if (!range) {
      const c = this.ranges.size + 1;
      labels.forEach((l, i) => { this.ws.getCell(i + 1, c).value = l; });
      const letter = this.ws.getColumn(c).letter;
      range = `${LISTS_SHEET}!$${letter}$1:$${letter}$${labels.length}`;
      this.ranges.set(key, range);
    }
    return range;
  }
}
