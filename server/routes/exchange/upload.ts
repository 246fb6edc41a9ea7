/** The upload middleware lives in routes/receiveFile.ts (one for every upload form); re-exported for the exchange routes. */
export { fileName, receiveFile } from '../receiveFile.ts';
