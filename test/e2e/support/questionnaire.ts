import type { Page } from 'playwright-core';

interface PlannedQuestion {
  name: string;
  kind: 'radio' | 'checkbox' | 'text' | 'textarea';
  condition: { question: string; equals: string[] } | null;
  options: { id: string; value: string; other: boolean }[];
  id: string;
}

/** Reads the theme page's questions from the DOM (what a person sees), skipping hidden follow-ups. */
export function planTheme(page: Page): Promise<PlannedQuestion[]> {
  return page.evaluate(() => {
    const out: PlannedQuestion[] = [];
    for (const section of Array.from(document.querySelectorAll<HTMLElement>('section.question'))) {
      if (section.hidden) continue;
      const control = Array.from(section.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).find(
        (el) => el.name && !/\.(toelichting|anders)$/.test(el.name),
      );
      if (!control) continue;
      const name = control.name;
      const all = Array.from(section.querySelectorAll<HTMLInputElement>('input')).filter((i) => i.name === name && i.value !== '');
      const otherField = section.querySelector<HTMLElement>(`[data-other-for="${name}"]`);
      const otherCodes = otherField?.dataset.otherCodes?.split(' ') ?? [];
      const cq = section.dataset.conditionQuestion;
      out.push({
        name,
        id: control.id,
        kind: control instanceof HTMLTextAreaElement ? 'textarea' : (control.type as PlannedQuestion['kind']),
        condition: cq ? { question: cq, equals: (section.dataset.conditionEquals ?? '').split(' ') } : null,
        options: all.map((i) => ({ id: i.id, value: i.value, other: otherCodes.includes(i.value) })),
      });
    }
    return out;
  });
}

/**
 * Answers every question on the page that applies, like a person would: the first ordinary option,
 * a small number, a short text. Follow-ups whose condition does not hold are left empty (without
 * JavaScript they are visible, with a note saying when they apply).
 */
export async function answerTheme(page: Page, chosen: Map<string, string> = new Map()): Promise<Map<string, string>> {
  const done = new Set<string>();
  // Again after each pass: with JavaScript a follow-up appears only once its question is answered.
  for (let pass = 0; pass < 5; pass++) {
    const todo = (await planTheme(page)).filter((q) => !done.has(q.name));
    if (todo.length === 0) break;
    for (const q of todo) {
      done.add(q.name);
      if (q.condition && !q.condition.equals.includes(chosen.get(q.condition.question) ?? '')) continue;
      if (q.kind === 'radio' || q.kind === 'checkbox') {
        const option = q.options.find((o) => !o.other)!;
        await page.locator(`#${option.id}`).check();
        chosen.set(q.name, option.value);
      } else if (q.kind === 'textarea') {
        await page.locator(`#${q.id}`).fill('Een korte toelichting.');
      } else {
        await page.locator(`#${q.id}`).fill('12');
      }
    }
  }
  return chosen;
}

/** The theme links on the start page, in order. */
export async function themeLinks(page: Page): Promise<{ href: string; name: string; status: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.progress-table tbody tr')).map((tr) => {
      const a = tr.querySelector('a')!;
      return { href: a.getAttribute('href')!, name: a.textContent!.trim(), status: tr.lastElementChild!.textContent!.trim() };
    }),
  );
}
