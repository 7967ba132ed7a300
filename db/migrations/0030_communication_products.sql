-- Reserved for communication_products; its helper replaces this file.
SELECT 1;
