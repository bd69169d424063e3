// The JavaScript snippet in docs/integrators.md, run against the Standard Webhooks specification's
// published test vector, so the guide cannot drift into something that does not work.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs file from the docs, without types
import { verifyWebhook } from '../../../docs/snippets/verify-webhook.mjs';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const body = '{"test": 2432232314}';
const headers = {
  'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  'webhook-timestamp': '1614265330',
  'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

describe('the webhook verification snippet', () => {
  it('accepts the specification test vector', () => {
    expect(verifyWebhook(secret, headers, body, 1614265330)).toBe(true);
  });

  it('accepts one good signature among several', () => {
    expect(verifyWebhook(secret, { ...headers, 'webhook-signature': `v1,bm9wZQ== ${headers['webhook-signature']}` }, body, 1614265330)).toBe(true);
  });

  it('refuses a changed body, another secret, and an old timestamp', () => {
    expect(verifyWebhook(secret, headers, '{"test": 2432232315}', 1614265330)).toBe(false);
    expect(verifyWebhook('whsec_' + btoa('another key of 24 bytes!'), headers, body, 1614265330)).toBe(false);
    expect(verifyWebhook(secret, headers, body, 1614265330 + 3600)).toBe(false);
  });
});
