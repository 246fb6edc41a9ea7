import type { Response } from 'supertest';
import type request from 'supertest';

type Agent = ReturnType<typeof request.agent>;

/**
 * Redirect after every upload (issue 15): a refused upload or an import preview answers 303 to the
 * form's own address with `?melding=`. This follows it, as a browser does, and returns the page that
 * shows the result (with its 413/422 status). Any other answer (a redirect to an offline preview,
 * a 403) is returned as it came.
 */
export async function afterUpload(agent: Agent, res: Response): Promise<Response> {
  const to = res.headers.location as string | undefined;
  if (res.status !== 303 || !to?.includes('melding=')) return res;
  return agent.get(to);
}
