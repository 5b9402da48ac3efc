'use client';
import { PageErrorView } from '@/components/shell/page-error-view';

export default PageErrorView;
