import { setupServer } from 'msw/node';
import { createFakeUserHandlers, createFakeUserService, type FakeUserService } from '../../src/testing/index';
import { TEST_BASE_URL } from '../helpers/kit';

/** A fake service behind MSW on the test base URL, recording every request path. */
export function fakeBackend(preset: Parameters<typeof createFakeUserService>[0] = {}) {
  let service: FakeUserService = createFakeUserService(preset);
  const requests: string[] = [];
  const server = setupServer();
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return {
    server,
    requests,
    get service() {
      return service;
    },
    /** A new service (fresh state) for the next test. */
    reset(options: Parameters<typeof createFakeUserService>[0] = preset) {
      service = createFakeUserService(options);
      requests.length = 0;
      server.resetHandlers(...createFakeUserHandlers(service, { baseUrl: TEST_BASE_URL }));
    },
  };
}
