export * from './queue-item';
export * from './queue-window';
export * from './touch-summaries';
export * from './build-queue';
export * from './touch-digest';
export * from './queue-plan';
