export { FigurePage } from './figure-page';
export { PlanImportPage } from './plan-import-page';
export { PlanPage } from './plan-page';
export { PlansPage } from './plans-page';
export { TasksPage } from './tasks-page';
