export * from './five-nos';
export * from './speed-to-lead';
export * from './nurture-cadence';
export * from './touch-tasks';
export * from './decide-task';
