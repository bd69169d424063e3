// A webhook receiver for trying Coproduce out: prints each event and whether its signature is good.
// Usage: WEBHOOK_SECRET=whsec_... node docs/snippets/receive-webhooks.mjs   (listens on port 9000)
import { createServer } from 'node:http';
import { verifyWebhook } from './verify-webhook.mjs';

const secret = process.env.WEBHOOK_SECRET;
const port = Number(process.env.PORT ?? 9000);

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const good = verifyWebhook(secret, request.headers, body);
    console.log(`${good ? 'signature good' : 'SIGNATURE BAD'}: ${request.headers['webhook-id']} ${body}`);
    // Answer 2xx quickly and do the work afterwards; anything else is retried.
    response.writeHead(good ? 204 : 401).end();
  });
}).listen(port, () => console.log(`Listening for webhooks on http://localhost:${port}/`));
