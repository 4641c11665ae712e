import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { LiveCorpus } from './live-corpus';

export type ReloadOutcome = 'applied' | 'rejected' | 'unchanged';

export interface CorpusMetrics {
  reloaded(outcome: ReloadOutcome, seconds: number): void;
}

/**
 * The corpus in /metrics: the version served (as a label of an info gauge), since when, its
 * articles and drafts, the problems keeping the files on disk from being served, and each
 * reload by outcome, timed.
 */
export function corpusMetrics(live: LiveCorpus, registry: Registry): CorpusMetrics {
  const reloads = new Counter({
    name: 'corpus_reloads_total',
    help: 'Reloads of the corpus after its files changed, by outcome: applied (a new version served), rejected (problems; the last good version stays), unchanged (same content).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'corpus_reload_duration_seconds',
    help: 'Time to check, load and index a new version of the corpus, by outcome.',
    labelNames: ['outcome'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  new Gauge({
    name: 'corpus_version_info',
    help: 'The version of the corpus served (a content hash of its files), as the label `version`; always 1.',
    labelNames: ['version'],
    registers: [registry],
    collect() {
      this.reset();
      if (live.loaded) this.set({ version: live.served.version }, 1);
    },
  });
  new Gauge({
    name: 'corpus_loaded_timestamp_seconds',
    help: 'When the version served began to be served (Unix time).',
    registers: [registry],
    collect() {
      if (live.loaded) this.set(live.served.loadedAt.getTime() / 1000);
    },
  });
  new Gauge({
    name: 'corpus_articles',
    help: 'Articles served, by review status (reviewed, draft).',
    labelNames: ['review'],
    registers: [registry],
    collect() {
      if (!live.loaded) return;
      const { repository } = live.served;
      this.set({ review: 'draft' }, repository.drafts);
      this.set({ review: 'reviewed' }, repository.sources.length - repository.drafts);
    },
  });
  new Gauge({
    name: 'corpus_rejected_problems',
    help: 'Problems keeping the newest files on disk from being served (0 when what is served is what is on disk).',
    registers: [registry],
    collect() {
      this.set(live.rejected.length);
    },
  });
  new Gauge({
    name: 'corpus_change_subscribers',
    help: 'Clients following GET /corpus/changes.',
    registers: [registry],
    collect() {
      this.set(live.subscribers);
    },
  });
  return {
    reloaded(outcome, seconds) {
      reloads.inc({ outcome });
      duration.observe({ outcome }, seconds);
    },
  };
}
