import { defineMessages } from '../define-messages.js';

// Errors of long-running tasks (jobs) such as an OpenStreetMap import.

export const jobsMessages = defineMessages({
  notFound: {
    id: 'jobs.error.notFound',
    defaultMessage: 'There is no job {jobId} (finished jobs are forgotten after a while).',
    description: 'Error when the app asks about a task that is unknown; {jobId} is the task’s identifier.',
  },
  stopped: {
    id: 'jobs.error.stopped',
    defaultMessage: 'The import stopped: {detail}',
    description:
      'A background task (an OpenStreetMap import) failed; {detail} is the technical reason (often English).',
  },
  exited: {
    id: 'jobs.error.exited',
    defaultMessage: 'The import stopped unexpectedly (exit code {code}).',
    description: 'A background task ended without an answer; {code} is the number its thread exited with.',
  },
  alreadyRunning: {
    id: 'jobs.error.alreadyRunning',
    defaultMessage: 'An import is already running on this project; wait for it or cancel it.',
    description: 'Error when a second OpenStreetMap import is started while one is running.',
  },
});
