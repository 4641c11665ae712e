/**
 * The physical limit: a bare `node:http` server that answers each request with the very
 * bytes the service answered it with (recorded beforehand), doing no work at all.
 * Run as `node dist/bench/limit-server.js <recordings.json>` with PORT.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

export interface Recording {
  readonly body: string;
  readonly contentType: string;
  /** The answer, base64. */
  readonly response: string;
}

const recordings = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Recording[];
const answers = new Map(recordings.map((r) => [r.body, { contentType: r.contentType, bytes: Buffer.from(r.response, 'base64') }]));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const answer = answers.get(Buffer.concat(chunks).toString('utf8'));
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': answer.contentType, 'content-length': answer.bytes.length });
    res.end(answer.bytes);
  });
});
server.listen(Number(process.env.PORT ?? 0), () => {
  console.log(`limit ready at http://localhost:${(server.address() as { port: number }).port}/graphql`);
});
