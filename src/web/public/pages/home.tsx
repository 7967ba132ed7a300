import { formatDateVi } from '../../../platform/text';
import { Layout, type PortalFrame } from '../layout';

export interface HomeData {
  today: string;
  unitCount: number;
  departmentCount: number;
}

/** The portal's front page: what the site is and what can be done here today. */
export function HomePage(props: { frame: PortalFrame; data: HomeData }) {
  const { frame, data } = props;
  return (
    <Layout frame={frame} title="Trang chủ">
      <h1>Cổng truyền thông chính sách {frame.provinceName.replace(/^Tỉnh /, 'tỉnh ')}</h1>
      <p className="lead">
        Nơi {frame.authorityName} công khai các chính sách đang được xây dựng, lắng nghe góp ý của người dân, doanh
        nghiệp và tổ chức, và trả lời từng ý kiến.
      </p>
      <section aria-labelledby="co-quan">
        <h2 id="co-quan">Cơ quan, đơn vị</h2>
        <p>
          Tại {formatDateVi(data.today)}, tỉnh có {data.unitCount} cơ quan, đơn vị trong danh bạ, trong đó {data.departmentCount}{' '}
          sở, ban, ngành.
        </p>
        <p>
          <a href="/co-cau-to-chuc">Xem cơ cấu tổ chức</a>, kể cả tại một ngày trong quá khứ (ví dụ trước khi hợp nhất tỉnh
          ngày 01/7/2025).
        </p>
      </section>
    </Layout>
  );
}
