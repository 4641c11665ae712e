import type { ApolloServerPlugin } from '@apollo/server';
import { DEADLINE_CODE } from '../../../graphql/deadline';

/**
 * A request stopped at its deadline answers one error, not one per field it did not finish:
 * 503, EXECUTION_DEADLINE_EXCEEDED, and no partial data (what ran before the deadline depends
 * on timing, and a cache must not keep it; the response cache keeps 200s only).
 */
export const executionDeadlinePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const stopped = result.errors?.find((error) => error.extensions?.code === DEADLINE_CODE);
        if (!stopped) return;
        const { http: _http, stacktrace: _stack, ...extensions } = stopped.extensions ?? {};
        response.body.singleResult = { data: null, errors: [{ message: stopped.message, extensions }], extensions: result.extensions };
        response.http.status = 503;
      },
    };
  },
};
