// The response service, in three parts: reading a response (responseView.ts), saving answers into it
// (saveAnswers.ts) and handing it in or reopening it (responseState.ts). Importers may use this file or the parts.
export { loadResponseView, type ResponseView } from './responseView.ts';
export { lockMessage } from './responseLock.ts';
export { NotFoundError } from '../errors.ts';
export { saveAnswers, type Conflict, type SaveRequest, type SaveResult } from './saveAnswers.ts';
export { submitResponse, type StateResult } from './responseState.ts';
export { reopenResponse } from './responseReopen.ts';
