import type { ApolloServerPlugin } from '@apollo/server';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { GraphQLContext } from '../../../graphql/context';

/**
 * Per batch, the end of its latest operation. Apollo gives each operation of a batch a shallow
 * copy of the request's context: their `loaders`, made once per HTTP request, are the batch's.
 */
const latest = new WeakMap<object, Promise<void>>();

/**
 * Runs the operations of a batch one after the other, each in a turn of the event loop of its
 * own. Apollo starts them all at once, and their work, all promise callbacks, would hold the
 * loop until the last one answered: a batch of MAX_BATCH_SIZE searches blocked every other
 * client for the sum of them (docs/performance/soak-attack.md). A single operation waits for nothing.
 */
export const batchTurnsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ contextValue: { loaders: batch } }) {
    const previous = latest.get(batch);
    let finished!: () => void;
    latest.set(batch, new Promise<void>((resolve) => (finished = resolve)));
    if (previous) {
      await previous;
      await nextTurn();
    }
    return {
      async willSendResponse() {
        finished();
      },
    };
  },
};
