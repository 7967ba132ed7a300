-- Reserved for network; its helper replaces this file.
SELECT 1;
