import type { jobsApi } from '../../../shared/api/jobs.js';
import type { ServiceOf } from '../core/service-of.js';
import type { JobRunner } from './job-runner.js';

// Long jobs (an OpenStreetMap import) as the app sees them: poll one, cancel one.

export type JobsService = ServiceOf<typeof jobsApi>;

export function createJobsService(runner: () => JobRunner): JobsService {
  return {
    getJob: ({ jobId }) => runner().get(jobId),
    cancelJob: ({ jobId }) => runner().cancel(jobId),
  };
}
