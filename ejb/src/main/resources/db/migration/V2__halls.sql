-- The seven functional halls (功能分區) every center of this kind has; departments are placed in them.
INSERT INTO hall (code, name_hant, name_hans, name_en, location_hant, location_hans, location_en, sort_order) VALUES
 ('LEGAL_ENTITY', '法人登記大廳', '法人登记大厅', 'Legal-Entity Registration Hall', '一樓 A 區', '一楼 A 区', '1st floor, zone A', 1),
 ('FINANCE', '金融財政大廳', '金融财政大厅', 'Finance Hall', '一樓 B 區', '一楼 B 区', '1st floor, zone B', 2),
 ('SECURITY_LEGAL', '保障和法律大廳', '保障和法律大厅', 'Social Security and Legal Affairs Hall', '二樓 C 區', '二楼 C 区', '2nd floor, zone C', 3),
 ('CONSTRUCTION', '基建項目大廳', '基建项目大厅', 'Capital Construction Projects Hall', '二樓 D 區', '二楼 D 区', '2nd floor, zone D', 4),
 ('SOCIAL_DEVELOPMENT', '社會發展大廳', '社会发展大厅', 'Social Development Hall', '三樓 E 區', '三楼 E 区', '3rd floor, zone E', 5),
 ('PUBLIC_RESOURCES', '公共資源交易大廳', '公共资源交易大厅', 'Public-Resource Trading Hall', '三樓 F 區', '三楼 F 区', '3rd floor, zone F', 6),
 ('INTERMEDIARIES', '中介機構大廳', '中介机构大厅', 'Intermediary Services Hall', '四樓 G 區', '四楼 G 区', '4th floor, zone G', 7);
