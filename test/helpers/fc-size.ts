import fc from 'fast-check';

/**
 * fast-check 4 sizes an array by its `size` (default "small": about ten
 * items) even when the test gives a larger `maxLength`, so a property over
 * "up to 200 rows" saw about ten. Every test file starts with this setting: a
 * given maximum is the size to reach (a test that wants small inputs says so
 * with a small `maxLength` or its own `size`).
 */
fc.configureGlobal({ ...fc.readConfigureGlobal(), defaultSizeToMaxWhenMaxSpecified: true });
