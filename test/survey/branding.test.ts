import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { $, createTestContext, type TestContext } from '../support/context.ts';

/* The installation's branding is configuration (SITE_TAGLINE), not the 2024 survey built into the views. */
let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(undefined, { siteTagline: 'Transformatieplannen Jeugd' }); });
afterAll(() => ctx.close());

describe('branding', () => {
  it('header, footer and home page say what this installation monitors', async () => {
    const page = $((await request(ctx.app).get('/inloggen')).text);
    expect(page('.site-header__sub').text()).toBe('Transformatieplannen Jeugd');
    expect(page('footer').text()).toContain('Transformatieplannen Jeugd');
    expect(page('header').text() + page('footer').text()).not.toContain('Hervormingsagenda');
  });
});
