import type { HttpHook } from '../../http/hooks';
import { sendError } from '../../http/errors';

/**
 * Refuses a batch of more than `maxBatchSize` operations before Apollo reads it: every limit
 * applies to each operation of a batch, so the batch's length multiplies them all.
 */
export function batchSizeHook(maxBatchSize: number): HttpHook {
  return {
    name: 'batch-size',
    onRequest(request, res) {
      const body = request.req.method === 'POST' ? request.body : undefined;
      if (!Array.isArray(body) || body.length <= maxBatchSize) return false;
      sendError(
        res,
        400,
        `The batch has ${body.length} operations; this API accepts at most ${maxBatchSize} in one request. Send fewer operations per batch, or several requests.`,
        'BATCH_LIMIT_EXCEEDED',
      );
      return true;
    },
  };
}
