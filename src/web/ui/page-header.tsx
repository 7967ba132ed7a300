import type { ReactNode } from 'react';

/** Props of {@link PageHeader}. */
export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Actions shown next to the title (buttons, links). */
  children?: ReactNode;
}

/** The page's <h1> with an optional description and actions. */
export function PageHeader({ title, description, children }: PageHeaderProps) {
  return (
    <div className="dt-page-header">
      <div className="dt-page-header__text">
        <h1 className="dt-page-header__title">{title}</h1>
        {description ? <p className="dt-page-header__description">{description}</p> : null}
      </div>
      {children ? <div className="dt-page-header__actions">{children}</div> : null}
    </div>
  );
}
