import { Type } from 'typebox';
import { notFound } from '../../platform/errors';
import { attachmentDisposition, hashedAssets, type App } from '../../platform/http';
import { DOCX_TYPE } from '../../platform/http/responses';
import { openStoredFile } from '../../platform/files';
import { fromRoot } from '../../platform/root';
import { getDirectory } from '../../modules/organisations';
import { consultationPosters, galleryOfProducts, isLanguage, KINDS, KIND_LABELS, LANGUAGES, LANGUAGE_LABELS, productPoster, publicProductFile, publicProductPage, qrPng, refOfSlug, renderPosterDocx, type PosterContent } from '../../modules/products';
import { frameOf, sendPage } from './frame';
import { pageLocale } from './locale';
import { PosterPage } from './pages/product-poster';
import { ProductPage, ProductsPage } from './pages/products';

// the gallery's own stylesheet, under a hashed name like the portal's (a page links it from its body)
const productAssets = hashedAssets('/assets/san-pham/', { 'products.css': fromRoot('src/web/public/pages/products.css') });
const GALLERY = '/san-pham-truyen-thong';

/**
 * The portal's gallery of published communication products (GET /san-pham-truyen-thong), a page per product by
 * number and readable slug, its files, and printable posters with a QR code for products and for drafts under
 * consultation. Server-rendered, no JavaScript.
 */
export async function productsPortalRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const cookie = { secure: opts.publicUrl.startsWith('https:') };
  const css = () => productAssets.href('products.css');
  productAssets.register(app);

  app.get('/san-pham-truyen-thong', {
    config: { access: 'public' },
    schema: { hide: true, querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), loai: Type.Optional(Type.String({ maxLength: 40 })), 'chinh-sach': Type.Optional(Type.String({ maxLength: 300 })), 'ngon-ngu': Type.Optional(Type.String({ maxLength: 20 })) }) },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const q = request.query;
      const filters = { q: q.q?.trim() ?? '', kind: (KINDS as readonly string[]).includes(q.loai ?? '') ? q.loai! : '', policy: q['chinh-sach']?.trim() ?? '', lang: q['ngon-ngu'] && isLanguage(q['ngon-ngu']) ? q['ngon-ngu'] : '' };
      const [dir, items, all] = await Promise.all([
        getDirectory(app.db),
        galleryOfProducts(app.db, { q: filters.q || undefined, kind: filters.kind || undefined, policySlug: filters.policy || undefined, lang: filters.lang || undefined }),
        galleryOfProducts(app.db, {}),
      ]);
      const policies = [...new Map(all.map((p) => [p.policySlug, { slug: p.policySlug, title: p.policyTitle }])).values()];
      const kinds = KINDS.map((code) => ({ code, label: KIND_LABELS[code] }));
      const languages = LANGUAGES.map((code) => ({ code, label: LANGUAGE_LABELS[code] }));
      return sendPage(reply, <ProductsPage frame={frameOf(dir, GALLERY, request.url)} locale={locale} cssHref={css()} filters={filters} items={items} kinds={kinds} languages={languages} policies={policies} />);
    },
  });

  app.get('/san-pham-truyen-thong/du-thao/:slug/ap-phich', {
    config: { access: 'public' },
    schema: { hide: true, params: Type.Object({ slug: Type.String({ maxLength: 300 }) }) },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const poster = await draftPoster(request.params.slug);
      const dir = await getDirectory(app.db);
      const here = `${GALLERY}/du-thao/${request.params.slug}/ap-phich`;
      return sendPage(reply, <PosterPage frame={frameOf(dir, GALLERY, request.url)} locale={locale} cssHref={css()} poster={poster} qrDataUri={await qrDataUri(poster.url)} docxHref={`${here}.docx`} backHref={`/gop-y/${request.params.slug}`} />);
    },
  });

  app.get('/san-pham-truyen-thong/du-thao/:slug/ap-phich.docx', {
    config: { access: 'public' },
    schema: { hide: true, params: Type.Object({ slug: Type.String({ maxLength: 300 }) }) },
    handler: async (request, reply) => {
      const poster = await draftPoster(request.params.slug);
      return reply.type(DOCX_TYPE).header('content-disposition', attachmentDisposition(`Áp phích - ${poster.title.slice(0, 80)}.docx`)).send(await renderPosterDocx(poster));
    },
  });

  app.get('/san-pham-truyen-thong/:slug', {
    config: { access: 'public' },
    schema: { hide: true, params: Type.Object({ slug: Type.String({ maxLength: 300 }) }) },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const page = await pageOf(request.params.slug);
      // an old slug (the title changed) or a bare number leads to the product's current address
      if (`${GALLERY}/${request.params.slug}` !== page.path) return reply.redirect(page.path, 301);
      const dir = await getDirectory(app.db);
      return sendPage(reply, <ProductPage frame={frameOf(dir, GALLERY, request.url)} locale={locale} cssHref={css()} product={page} />);
    },
  });

  app.get('/san-pham-truyen-thong/:slug/ap-phich', {
    config: { access: 'public' },
    schema: { hide: true, params: Type.Object({ slug: Type.String({ maxLength: 300 }) }) },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const page = await pageOf(request.params.slug);
      const poster = productPoster(page, opts.publicUrl);
      const dir = await getDirectory(app.db);
      return sendPage(reply, <PosterPage frame={frameOf(dir, GALLERY, request.url)} locale={locale} cssHref={css()} poster={poster} qrDataUri={await qrDataUri(poster.url)} docxHref={`${page.path}/ap-phich.docx`} backHref={page.path} />);
    },
  });

  app.get('/san-pham-truyen-thong/:slug/ap-phich.docx', {
    config: { access: 'public' },
    schema: { hide: true, params: Type.Object({ slug: Type.String({ maxLength: 300 }) }) },
    handler: async (request, reply) => {
      const page = await pageOf(request.params.slug);
      return reply.type(DOCX_TYPE).header('content-disposition', attachmentDisposition(`Áp phích - ${page.title.slice(0, 80)}.docx`)).send(await renderPosterDocx(productPoster(page, opts.publicUrl)));
    },
  });

  app.get('/san-pham-truyen-thong/:slug/tep/:hash', {
    config: { access: 'public' },
    schema: { hide: true, params: Type.Object({ slug: Type.String({ maxLength: 300 }), hash: Type.String({ pattern: '^[0-9a-f]{16}$' }) }) },
    handler: async (request, reply) => {
      const ref = refOfSlug(request.params.slug);
      const file = ref === null ? null : await publicProductFile(app.db, ref, request.params.hash);
      if (!file) throw notFound('tệp');
      // images, audio and video are shown in the page; a PDF is downloaded
      const disposition = file.media === 'document' ? attachmentDisposition(file.fileName) : attachmentDisposition(file.fileName).replace(/^attachment/, 'inline');
      return reply.type(file.mimeType).header('content-disposition', disposition).header('x-content-type-options', 'nosniff').header('cache-control', 'public, max-age=3600').send(openStoredFile(file.storageKey));
    },
  });

  async function pageOf(slug: string) {
    const ref = refOfSlug(slug);
    const page = ref === null ? null : await publicProductPage(app.db, ref);
    if (!page) throw notFound('sản phẩm truyền thông');
    return page;
  }

  async function draftPoster(slug: string): Promise<PosterContent> {
    const poster = (await consultationPosters(app.db, opts.publicUrl)).find((p) => p.slug === slug);
    if (!poster) throw notFound('dự thảo đang lấy ý kiến');
    return poster;
  }
}

async function qrDataUri(url: string): Promise<string> {
  return `data:image/png;base64,${(await qrPng(url)).toString('base64')}`;
}
