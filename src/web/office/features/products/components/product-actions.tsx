import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { productQueries, productsApi } from '../api';
import type { LanguageBody, ProductDetail, ReachBody } from '../api-types';

type Labelled = { code: string; label: string };

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: productQueries.all });
}

/** Publish (coordinators; the server asks for the summary) or withdraw with a reason. */
export function PublishActions({ product }: { product: ProductDetail }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const publish = useMutation({ mutationFn: () => productsApi.publish(product.id), onSuccess: refresh });
  const withdraw = useMutation({ mutationFn: () => productsApi.withdraw(product.id, reason), onSuccess: refresh });
  if (!product.abilities.canPublish && !product.abilities.canWithdraw) return null;
  return (
    <div className="products-box">
      <FormError error={publish.error ?? withdraw.error} />
      {product.abilities.canPublish ? (
        <Button type="button" busy={publish.isPending} onClick={() => publish.mutate()}>
          {t('products.detail.publish')}
        </Button>
      ) : null}
      {product.abilities.canWithdraw ? (
        <form noValidate onSubmit={(e) => { e.preventDefault(); withdraw.mutate(); }}>
          <Field label={t('products.detail.withdrawReason')} name="reason" required value={reason} error={fieldErrors(withdraw.error).reason} onChange={(e) => setReason(e.target.value)} />
          <Button type="submit" variant="secondary" busy={withdraw.isPending}>
            {t('products.detail.withdraw')}
          </Button>
        </form>
      ) : null}
    </div>
  );
}

/** Attach a file to the product or to one of its language versions (type checked from the bytes on the server). */
export function AttachForm({ product }: { product: ProductDetail }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [lang, setLang] = useState('');
  const attach = useMutation({ mutationFn: () => productsApi.attach(product.id, file!, lang), onSuccess: () => { setFile(null); refresh(); } });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (file) attach.mutate();
    (e.currentTarget as HTMLFormElement).reset();
  };
  return (
    <form className="products-box" noValidate onSubmit={onSubmit} aria-labelledby="attach-title">
      <h3 id="attach-title">{t('products.detail.attach')}</h3>
      <FormError error={attach.error} />
      {product.languageVersions.length ? (
        <SelectField label={t('products.detail.fileFor')} name="lang" value={lang} placeholder={t('products.detail.vietnamese')}
          options={product.languageVersions.map((l) => ({ value: l.lang, label: l.label }))} onChange={(e) => setLang(e.target.value)} />
      ) : null}
      <Field label={t('products.detail.file')} name="file" type="file" accept="image/*,audio/*,video/mp4,video/webm,application/pdf" hint={t('products.detail.attachHint')}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <Button type="submit" busy={attach.isPending} disabled={!file}>
        {t('products.detail.attach')}
      </Button>
    </form>
  );
}

/** Add or replace a language version: title, plain summary, text, translator. */
export function LanguageForm({ product, languages }: { product: ProductDetail; languages: Labelled[] }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const empty = { lang: '', title: '', summary: '', body: '', translator: '' };
  const [d, setD] = useState(empty);
  const save = useMutation({ mutationFn: () => productsApi.saveLanguage(product.id, { ...d, lang: d.lang as LanguageBody['lang'], translator: d.translator || null }), onSuccess: () => { setD(empty); refresh(); } });
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  return (
    <form className="products-box" noValidate onSubmit={(e) => { e.preventDefault(); save.mutate(); }} aria-labelledby="language-title">
      <h3 id="language-title">{t('products.detail.addLanguage')}</h3>
      <FormError error={save.error} shownFields={['lang', 'title', 'summary']} />
      <SelectField label={t('products.language')} name="lang" required value={d.lang} placeholder={t('products.choose')} error={errors.lang}
        options={languages.map((l) => ({ value: l.code, label: l.label }))} onChange={(e) => set({ lang: e.target.value })} />
      <Field label={t('products.field.title')} name="languageTitle" required value={d.title} error={errors.title} lang={d.lang || undefined} onChange={(e) => set({ title: e.target.value })} />
      <TextareaField label={t('products.field.summary')} name="languageSummary" rows={3} value={d.summary} error={errors.summary} lang={d.lang || undefined} onChange={(e) => set({ summary: e.target.value })} />
      <TextareaField label={t('products.field.body')} name="languageBody" rows={4} value={d.body} lang={d.lang || undefined} onChange={(e) => set({ body: e.target.value })} />
      <Field label={t('products.detail.translator')} name="translator" value={d.translator} onChange={(e) => set({ translator: e.target.value })} />
      <Button type="submit" busy={save.isPending}>
        {t('products.save')}
      </Button>
    </form>
  );
}

/** Record a reach measurement on a channel on the day it was measured. */
export function ReachForm({ product, channels, measures }: { product: ProductDetail; channels: Labelled[]; measures: Labelled[] }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const [d, setD] = useState({ channel: '', measure: '', value: '', measuredOn: '' });
  const save = useMutation({
    mutationFn: () => productsApi.recordReach(product.id, { channel: d.channel as ReachBody['channel'], measure: d.measure as ReachBody['measure'], value: Number(d.value), measuredOn: d.measuredOn }),
    onSuccess: () => { setD({ channel: '', measure: '', value: '', measuredOn: '' }); refresh(); },
  });
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  return (
    <form className="products-box" noValidate onSubmit={(e) => { e.preventDefault(); save.mutate(); }} aria-labelledby="reach-title">
      <h3 id="reach-title">{t('products.detail.addReach')}</h3>
      <FormError error={save.error} shownFields={['channel', 'measure', 'value', 'measuredOn']} />
      <SelectField label={t('products.detail.channel')} name="channel" required value={d.channel} placeholder={t('products.choose')} error={errors.channel}
        options={channels.map((c) => ({ value: c.code, label: c.label }))} onChange={(e) => set({ channel: e.target.value })} />
      <SelectField label={t('products.detail.measure')} name="measure" required value={d.measure} placeholder={t('products.choose')} error={errors.measure}
        options={measures.map((m) => ({ value: m.code, label: m.label }))} onChange={(e) => set({ measure: e.target.value })} />
      <Field label={t('products.detail.value')} name="value" type="number" min={0} required value={d.value} error={errors.value} onChange={(e) => set({ value: e.target.value })} />
      <DateField label={t('products.detail.measuredOn')} name="measuredOn" required value={d.measuredOn} error={errors.measuredOn} onChange={(v) => set({ measuredOn: v })} />
      <Button type="submit" busy={save.isPending}>
        {t('products.save')}
      </Button>
    </form>
  );
}
