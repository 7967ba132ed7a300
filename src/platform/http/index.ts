export * from './app';
export * from './problem';
export * from './multipart';
export * from './built-spa';
export * from './hashed-assets';
export * from './compress';
export * from './download-name';
