export { TrainingPage } from './training-page';
export { CourseNewPage } from './course-new-page';
export { CoursePage } from './course-page';
export { SessionPage } from './session-page';
export { CompletionsPage } from './completions-page';
