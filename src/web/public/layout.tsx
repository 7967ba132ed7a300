import type { ReactNode } from 'react';

export interface PortalFrame {
  /** The province as of today, e.g. "Tỉnh Lào Cai". */
  provinceName: string;
  /** The issuing authority shown above the site name, e.g. "Ủy ban nhân dân tỉnh Lào Cai". */
  authorityName: string;
  currentPath: string;
}

const NAV = [
  { href: '/', label: 'Trang chủ' },
  { href: '/gop-y', label: 'Góp ý dự thảo' },
  { href: '/gop-y/tra-cuu', label: 'Tra cứu ý kiến' },
  { href: '/co-cau-to-chuc', label: 'Cơ quan, đơn vị' },
];

/** The portal's frame: skip link, header with the province, navigation, main, footer. No client JavaScript. */
export function Layout(props: { frame: PortalFrame; title: string; children: ReactNode }) {
  const { frame } = props;
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — Đồng Thuận · ${frame.provinceName}`}</title>
        <meta name="description" content={`Cổng truyền thông chính sách của ${frame.authorityName}.`} />
        <link rel="stylesheet" href="/assets/base.css" />
        <link rel="stylesheet" href="/assets/portal.css" />
      </head>
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header className="portal-header">
          <div className="portal-header__inner">
            <p className="portal-header__authority">{frame.authorityName.toUpperCase()}</p>
            <p className="portal-header__site">
              <a href="/">Đồng Thuận — Cổng truyền thông chính sách {frame.provinceName.replace(/^Tỉnh /, 'tỉnh ')}</a>
            </p>
          </div>
          <nav aria-label="Điều hướng chính" className="portal-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={isCurrent(item.href, frame.currentPath) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
              <li className="portal-nav__end">
                <a href="/office/">Đăng nhập cán bộ</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="noi-dung" className="portal-main">
          {props.children}
        </main>
        <footer className="portal-footer">
          <p>
            {frame.authorityName} · Nền tảng Đồng Thuận. Thông tin cá nhân của người dân không bao giờ được công khai trên cổng này.
          </p>
        </footer>
      </body>
    </html>
  );
}

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path.startsWith(href);
}
