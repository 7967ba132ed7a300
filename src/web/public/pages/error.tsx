import { Layout, type PortalFrame } from '../layout';

/** A Vietnamese error page for the portal. */
export function ErrorPage(props: { frame: PortalFrame; status: number; message: string }) {
  return (
    <Layout frame={props.frame} title={`Lỗi ${props.status}`}>
      <h1>{props.status === 404 ? 'Không tìm thấy trang' : 'Có lỗi xảy ra'}</h1>
      <p role="alert">{props.message}</p>
      <p>
        <a href="/">Về trang chủ</a>
      </p>
    </Layout>
  );
}
